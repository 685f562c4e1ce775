/**
 * Browsers get no reminders: a web page can't schedule a notification for when it
 * is closed. Same interface as reminders.ts, without loading expo-notifications.
 */
export const remindersSupported = false;

export function configureReminderDisplay(): void {}

export async function scheduleReminder(
  _activityId: string,
  _title: string,
  _body: string,
  _at: Date,
  _options: { ask: boolean } = { ask: true },
): Promise<boolean> {
  return false;
}

export async function cancelReminder(_activityId: string): Promise<void> {}
