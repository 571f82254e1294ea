import { ROLE_COLOURS } from '../charts/chart-theme';
import type { PhysicalNetworkId, PlacedNetwork } from '../engine/logical/network-placement';

/**
 * Each network has a colour and a dash pattern of its own, so buses stay apart on black-and-white
 * paper as well as on screen; their labels name them in any case. The colour is that of the
 * role the network chiefly serves, so no colour means two things across the drawings.
 */
export const NETWORK_STYLES: Record<
  PhysicalNetworkId,
  { colour: string; dash: string | undefined }
> = {
  management: { colour: ROLE_COLOURS.controller, dash: undefined },
  tenant: { colour: ROLE_COLOURS.compute, dash: '12 6' },
  storage: { colour: ROLE_COLOURS.storage, dash: '3 5' },
  external: { colour: ROLE_COLOURS.network, dash: '14 5 3 5' },
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
