/** Notifications not yet read: `readAt` is null. */
export function unreadCount(notifications: readonly { readAt?: string | null }[]): number {
  return notifications.filter((notification) => notification.readAt === null || notification.readAt === undefined)
    .length;
}
