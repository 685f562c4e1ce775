/**
 * Reminders as local notifications: scheduled on the phone itself, so they fire
 * with no network. expo-notifications schedules local notifications on iOS and
 * Android (Expo Go included); browsers get none (reminders.web.ts).
 */
import * as Notifications from "expo-notifications";

export const remindersSupported = true;

export function configureReminderDisplay(): void {
  if (!remindersSupported) return;
  Notifications.setNotificationHandler({
    handleNotification: async () => ({
      shouldShowBanner: true,
      shouldShowList: true,
      shouldPlaySound: true,
      shouldSetBadge: false,
    }),
  });
}

/** Schedules (or replaces) the reminder of one activity; returns false when not allowed or not supported. */
export async function scheduleReminder(
  activityId: string,
  title: string,
  body: string,
  at: Date,
  { ask }: { ask: boolean } = { ask: true },
): Promise<boolean> {
  if (!remindersSupported || at.getTime() <= Date.now()) return false;
  const permission = await Notifications.getPermissionsAsync();
  const granted = permission.granted || (ask && (await Notifications.requestPermissionsAsync()).granted);
  if (!granted) return false;
  await cancelReminder(activityId);
  await Notifications.scheduleNotificationAsync({
    identifier: `activity-${activityId}`,
    content: { title, body, data: { activityId } },
    trigger: { type: Notifications.SchedulableTriggerInputTypes.DATE, date: at },
  });
  return true;
}

export async function cancelReminder(activityId: string): Promise<void> {
  if (!remindersSupported) return;
  await Notifications.cancelScheduledNotificationAsync(`activity-${activityId}`).catch(() => undefined);
}
