import { useState } from "react";
import { View } from "react-native";

import { PhotoButtons } from "@/components/photo-buttons";
import { PhotoStrip } from "@/components/photo-strip";
import { Button, Card, Muted, TextField, Title } from "@/components/ui";
import type { ShownFile } from "@/lib/files/hooks";
import type { PickedPhoto } from "@/lib/files/pick-photo";

import { EMPTY_REPORT, reportProblems, type ReportForm as Form } from "../api/visits";

/** A photo taken in the form, shown at once; stored and queued with the report when it is saved. */
const shown = (photo: PickedPhoto, index: number): ShownFile => ({
  id: `draft-${index}`,
  name: photo.name,
  contentType: photo.contentType,
  localUri: `data:${photo.contentType};base64,${photo.base64}`,
  thumbnailPath: null,
  contentPath: null,
});

/** The visit report: what it achieved, who was met, what was discussed, what happens next, photos. */
export function ReportForm({
  onSave,
  defaultPurpose,
}: {
  onSave: (form: Form, photos: PickedPhoto[]) => Promise<unknown>;
  defaultPurpose: string;
}) {
  const [form, setForm] = useState<Form>({ ...EMPTY_REPORT, purpose: defaultPurpose });
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const problems = checked ? reportProblems(form) : {};
  const set = (key: keyof Form) => (value: string) => setForm((current) => ({ ...current, [key]: value }));

  const save = async () => {
    setChecked(true);
    if (Object.keys(reportProblems(form)).length > 0) return;
    setBusy(true);
    try {
      await onSave(form, photos);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card testID="report-form">
      <Title>Visit report</Title>
      <Muted>Saved on the phone at once; sent when there is signal.</Muted>
      <View style={{ height: 8 }} />
      <TextField label="Purpose" value={form.purpose} onChangeText={set("purpose")} testID="report-purpose" />
      <TextField
        label="Outcome"
        value={form.outcome}
        onChangeText={set("outcome")}
        multiline
        error={problems.outcome}
        testID="report-outcome"
      />
      <TextField
        label="Contacts met (one per line)"
        value={form.contactsMet}
        onChangeText={set("contactsMet")}
        multiline
        testID="report-contacts"
      />
      <TextField
        label="Products discussed (one per line)"
        value={form.productsDiscussed}
        onChangeText={set("productsDiscussed")}
        multiline
        testID="report-products"
      />
      <TextField label="Next steps" value={form.nextSteps} onChangeText={set("nextSteps")} multiline testID="report-next-steps" />
      <TextField
        label="Next visit date (YYYY-MM-DD)"
        value={form.nextVisitDate}
        onChangeText={set("nextVisitDate")}
        error={problems.nextVisitDate}
        testID="report-next-visit"
      />
      <TextField
        label="Follow-up to-do (optional)"
        value={form.followUpTitle}
        onChangeText={set("followUpTitle")}
        error={problems.followUpTitle}
        testID="report-follow-up"
      />
      {form.followUpTitle.trim() ? (
        <TextField
          label="Follow-up due (YYYY-MM-DD)"
          value={form.followUpDue}
          onChangeText={set("followUpDue")}
          error={problems.followUpDue}
          testID="report-follow-up-due"
        />
      ) : null}
      <Title>Photos</Title>
      <Muted>Sent after the report, when the network allows.</Muted>
      <PhotoStrip files={photos.map(shown)} testID="report-form-photos" />
      <PhotoButtons onPicked={(photo) => setPhotos((current) => [...current, photo])} testID="report-photo" />
      <Button label="Save report" busy={busy} onPress={() => void save()} testID="save-report" />
    </Card>
  );
}
