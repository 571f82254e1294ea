import type { Design } from '../design/design-schema';
import type { MemoryReport } from '../engine/report/report-types';

export type DimmSlot = { name: string; filled: boolean };
export type MemoryChannel = { name: string; slots: DimmSlot[] };
export type CpuSocket = { name: string; channels: MemoryChannel[] };

export type SlotMapData = {
  slotsPerNode: number;
  sticksPerNode: number;
  emptySlots: number;
  stickGb: number;
  gbInstalledPerNode: number;
  sockets: CpuSocket[];
};

/**
 * The board the sticks go in: how many slots, in how many channels. Its shape, not a sizing
 * figure: what fills it comes from the report.
 */
export type DimmBoard = {
  dimmSlotsPerServer: number;
  memoryChannelsPerSocket: number;
  socketsPerServer: number;
};

export function dimmBoardOf(design: Design): DimmBoard {
  const { dimmSlotsPerServer, memoryChannelsPerSocket } = design.physical.memory;
  return {
    dimmSlotsPerServer,
    memoryChannelsPerSocket,
    socketsPerServer: design.physical.cpu.socketsPerServer,
  };
}

/** Channels lettered across the board (CPU 1: A–D, CPU 2: E–H), as most server manuals do. */
function channelName(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : `CH${index + 1}`;
}

/**
 * Every DIMM slot of one compute node, grouped by socket and channel. Slots that do not divide
 * evenly go to the first channels. Sticks fill the first slot of every channel before any
 * second slot, the balanced population the stick count was rounded up for.
 */
export function slotMapData(board: DimmBoard, memory: MemoryReport): SlotMapData {
  const { dimmSlotsPerServer, memoryChannelsPerSocket, socketsPerServer: sockets } = board;
  const { sticksPerNode, stickGb, gbInstalledPerNode } = memory;
  const channelCount = sockets * memoryChannelsPerSocket;
  const depthOf = (channel: number) =>
    Math.floor(dimmSlotsPerServer / channelCount) +
    (channel < dimmSlotsPerServer % channelCount ? 1 : 0);

  // Position in fill order of slot `depth` of channel `channel`, counting only slots that exist.
  const fillOrder = (channel: number, depth: number) => {
    let before = 0;
    for (let c = 0; c < channelCount; c += 1) {
      const slots = depthOf(c);
      before += Math.min(slots, depth) + (c < channel && depth < slots ? 1 : 0);
    }
    return before;
  };

  const socketList: CpuSocket[] = Array.from({ length: sockets }, (_, s) => ({
    name: `CPU ${s + 1}`,
    channels: Array.from({ length: memoryChannelsPerSocket }, (_, k) => {
      const channel = s * memoryChannelsPerSocket + k;
      const name = channelName(channel);
      return {
        name,
        slots: Array.from({ length: depthOf(channel) }, (_, depth) => ({
          name: `${name}${depth + 1}`,
          filled: fillOrder(channel, depth) < sticksPerNode,
        })),
      };
    }),
  }));
  const filled = Math.min(sticksPerNode, dimmSlotsPerServer);
  return {
    slotsPerNode: dimmSlotsPerServer,
    sticksPerNode,
    emptySlots: dimmSlotsPerServer - filled,
    stickGb,
    gbInstalledPerNode,
    sockets: socketList,
  };
}
