/**
 * Placement groups for one pool by the pgcalc rule (ceph/ceph doc/rados/operations/pgcalc):
 * target PGs per OSD × OSDs × the pool's share of the data / its size (replicas, or k + m),
 * never below OSDs / size, to the nearest power of two, or the next one up when the nearest is
 * more than 25 % below.
 */
export function placementGroups(
  targetPerOsd: number,
  osds: number,
  share: number,
  size: number,
): number {
  const wanted = Math.max((targetPerOsd * osds * share) / size, osds / size);
  if (wanted <= 1) return 1;
  const below = 2 ** Math.floor(Math.log2(wanted));
  const above = below * 2;
  const nearest = wanted - below <= above - wanted ? below : above;
  return nearest < 0.75 * wanted ? above : nearest;
}
