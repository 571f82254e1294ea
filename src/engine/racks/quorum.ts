/** What a Galera/RabbitMQ cluster of `members` needs to keep running: a strict majority. */
export type Quorum = { majority: number; failuresTolerated: number };

export function quorumOf(members: number): Quorum {
  const majority = Math.floor(members / 2) + 1;
  return { majority, failuresTolerated: Math.max(0, members - majority) };
}
