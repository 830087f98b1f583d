/** The live channels, named in one place (publishers and subscribers must agree). */
export const LiveChannels = {
  /** New comments in a thread: { commentId }. */
  threadComments: (threadId: string) => `thread:${threadId}:comments`,
  /** Changes to a thread itself (answer accepted, closed, reopened, locked, unlocked): { change, commentId? }. */
  threadUpdates: (threadId: string) => `thread:${threadId}:updates`,
  /** A person's new notifications: { notificationId }. */
  notifications: (userId: string) => `user:${userId}:notifications`,
};
