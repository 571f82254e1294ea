import type { PhysicalNetworkId, PlacedNetwork } from '../engine/logical/network-placement';

/**
 * Each network has a colour and a dash pattern of its own, so buses stay apart on black-and-white
 * paper as well as on screen; their labels name them in any case.
 */
export const NETWORK_STYLES: Record<
  PhysicalNetworkId,
  { colour: string; dash: string | undefined }
> = {
  management: { colour: 'var(--chart-1)', dash: undefined },
  tenant: { colour: 'var(--chart-3)', dash: '12 6' },
  storage: { colour: 'var(--chart-4)', dash: '3 5' },
  external: { colour: 'var(--chart-5)', dash: '14 5 3 5' },
};

/** "VXLAN, MTU 1450 (1500 − 50)": MTUs are written without digit grouping, as in configs. */
export function mtuText(network: PlacedNetwork): string | null {
  const { mtu } = network;
  if (mtu === null) return null;
  return `${mtu.encapsulation}, MTU ${mtu.mtu} (${mtu.baseMtu} − ${mtu.overheadBytes})`;
}

export function busLabel(network: PlacedNetwork): string {
  const mtu = mtuText(network);
  return mtu === null ? network.label : `${network.label} · ${mtu}`;
}
