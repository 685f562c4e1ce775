/** The field day on the phone: duty, today's route, visit reports, to-dos and location pings. */
import { useQuery } from "@tanstack/react-query";

import { useAttachPhoto } from "@/lib/files/hooks";
import type { PickedPhoto } from "@/lib/files/pick-photo";
import { currentPosition, type Position } from "@/lib/location";
import { pingAtEvent } from "@/lib/location-pings";
import { newId } from "@/lib/random";
import type { OutboxItem } from "@/lib/sync/outbox-types";
import { useServices } from "@/lib/sync/sync-provider";

import { customerPoint, type Point } from "../api/distance";
import { endDuty, startDuty, todaysDutyDay, type DutyDay, type Fix } from "../api/duty";
import {
  deleteTodo,
  moveTodo,
  nextPosition,
  orderTodos,
  updateTodo,
  createTodo,
  type LocalTodo,
  type TodoPriority,
  type TodoUpdate,
} from "../api/todos";
import {
  checkInWrite,
  checkOutWrite,
  localDate,
  localReport,
  reportBody,
  reportPhotoTarget,
  reportWrite,
  todaysRoute,
  unplannedCheckIn,
  type ReportForm,
  type Visit,
  type VisitReport,
} from "../api/visits";

const toFix = (position: Position): Fix => ({
  latitude: position.latitude,
  longitude: position.longitude,
  accuracy: position.accuracy,
});

export class NoPositionError extends Error {
  constructor() {
    super("The phone's location is needed for this. Allow location and try again.");
  }
}

async function requireFix(): Promise<Fix> {
  const position = await currentPosition();
  if (!position) throw new NoPositionError();
  return toFix(position);
}

export function useDutyDay() {
  const { records } = useServices();
  return useQuery({
    queryKey: ["duty_days", "today"],
    queryFn: async () => todaysDutyDay((await records.list<DutyDay>("duty_days")).map(({ data }) => data), new Date()),
  });
}

export function useStartDuty() {
  const services = useServices();
  return async (odometerKm: string | null): Promise<OutboxItem> => {
    const fix = await requireFix();
    const { local, write } = startDuty({ id: newId(), fix, odometerKm, now: new Date().toISOString() });
    const item = await services.capture({ record: { kind: "duty_days", data: local }, write });
    await pingAtEvent(services, "periodic", fix);
    return item;
  };
}

export function useEndDuty() {
  const services = useServices();
  return async (day: DutyDay, odometerKm: string | null): Promise<OutboxItem> => {
    const fix = await requireFix();
    // The last point of the day goes before the day ends (pings are taken only on duty).
    await pingAtEvent(services, "periodic", fix);
    const { local, write } = endDuty({ day, fix, odometerKm, now: new Date().toISOString() });
    return services.capture({ record: { kind: "duty_days", data: local }, write });
  };
}

export function useTodaysVisits() {
  const { records } = useServices();
  return useQuery({
    queryKey: ["visits", "today"],
    queryFn: async () => todaysRoute((await records.list<Visit>("visits")).map(({ data }) => data), localDate(new Date())),
  });
}

export function useVisit(visitId: string) {
  const { records } = useServices();
  return useQuery({ queryKey: ["visits", "detail", visitId], queryFn: () => records.get<Visit>("visits", visitId) });
}

export function useVisitReport(visitId: string) {
  const { records } = useServices();
  return useQuery({
    queryKey: ["visit_reports", "of", visitId],
    queryFn: async () => (await records.list<VisitReport>("visit_reports", { parentId: visitId }))[0] ?? null,
  });
}

/** The customer's coordinates from the local copy (null when the address has none). */
export function useCustomerPoint(customerId: string | undefined) {
  const { records } = useServices();
  return useQuery({
    queryKey: ["customers", "detail", customerId, "point"],
    enabled: !!customerId,
    queryFn: async (): Promise<Point | null> =>
      customerPoint((await records.get<{ addresses?: [] }>("customers", customerId!))?.data ?? null),
  });
}

/** Where the phone is now, for showing the distance before a check-in. */
export function usePhonePosition(enabled = true) {
  return useQuery({
    queryKey: ["phone-position"],
    enabled,
    staleTime: 30_000,
    queryFn: async (): Promise<Point | null> => {
      const position = await currentPosition();
      return position ? { latitude: position.latitude, longitude: position.longitude } : null;
    },
  });
}

export function useVisitActions() {
  const services = useServices();
  const checkIn = async (visit: Visit) => {
    const fix = await requireFix();
    const { local, write } = checkInWrite(visit, fix, new Date().toISOString());
    const item = await services.capture({ record: { kind: "visits", data: local }, write });
    await pingAtEvent(services, "check_in", fix);
    return item;
  };
  const checkOut = async (visit: Visit) => {
    const fix = await requireFix();
    const { local, write } = checkOutWrite(visit, fix, new Date().toISOString());
    const item = await services.capture({ record: { kind: "visits", data: local }, write });
    await pingAtEvent(services, "check_out", fix);
    return item;
  };
  const checkInUnplanned = async (customer: { id: string; name: string }, purpose: string | null) => {
    const fix = await requireFix();
    const now = new Date();
    const today = localDate(now);
    const visits = (await services.records.list<Visit>("visits")).map(({ data }) => data);
    const routePosition = todaysRoute(visits, today).reduce((max, visit) => Math.max(max, visit.route_position), 0) + 1;
    const { local, write } = unplannedCheckIn({
      id: newId(),
      customer,
      fix,
      purpose,
      now: now.toISOString(),
      today,
      routePosition,
    });
    await services.capture({ record: { kind: "visits", data: local }, write });
    await pingAtEvent(services, "check_in", fix);
    return local.id;
  };
  const attach = useAttachPhoto();
  /** The report, then its photos: each upload waits for the report to reach the server. */
  const fileReport = async (visit: Visit, form: ReportForm, photos: readonly PickedPhoto[] = []) => {
    const body = reportBody(newId(), form);
    const local = localReport(visit, body, new Date().toISOString());
    const item = await services.capture({ record: { kind: "visit_reports", data: local }, write: reportWrite(visit, body) });
    for (const photo of photos) await attach(reportPhotoTarget(visit, body.id), photo, newId());
    return item;
  };
  const addReportPhoto = (visit: Visit, report: VisitReport, photo: PickedPhoto) =>
    attach(reportPhotoTarget(visit, report.id), photo, newId());
  return { checkIn, checkOut, checkInUnplanned, fileReport, addReportPhoto };
}

export function useTodos() {
  const { records } = useServices();
  return useQuery({
    queryKey: ["todos", "list"],
    queryFn: async () => orderTodos((await records.list<LocalTodo>("todos")).map(({ data }) => data)),
  });
}

export function useTodoActions() {
  const { capture, records } = useServices();
  const all = async () => (await records.list<LocalTodo>("todos")).map(({ data }) => data);
  return {
    add: async (title: string, dueDate: string | null, priority: TodoPriority) => {
      const { local, write } = createTodo({
        id: newId(),
        title,
        dueDate,
        priority,
        position: nextPosition(await all()),
        now: new Date().toISOString(),
      });
      return capture({ record: { kind: "todos", data: local }, write });
    },
    update: (todo: LocalTodo, changes: TodoUpdate) => {
      const { local, write } = updateTodo(todo, changes, new Date().toISOString());
      return capture({ record: { kind: "todos", data: local }, write });
    },
    remove: (todo: LocalTodo) => {
      const { local, write } = deleteTodo(todo);
      return capture({ record: { kind: "todos", data: local }, write });
    },
    move: async (todoId: string, direction: "up" | "down") => {
      const open = orderTodos(await all()).filter((todo) => !todo.is_done);
      const moved = moveTodo(open, todoId, direction);
      if (!moved) return null;
      return capture({ record: { kind: "todos", data: moved.local }, write: moved.write });
    },
  };
}
