import { act, fireEvent, screen, waitFor } from "@testing-library/react-native";
import * as ImagePicker from "expo-image-picker";

import { buildServices, renderWithServices } from "../../../../test/services";
import { ReportForm } from "./report-form";

jest.mock("expo-image-picker", () => ({
  requestCameraPermissionsAsync: jest.fn(async () => ({ granted: true })),
  launchCameraAsync: jest.fn(async () => ({
    canceled: false,
    assets: [{ uri: "file:///cam.jpg", base64: "SlBFRyE=", mimeType: "image/jpeg", fileName: "cam.jpg", width: 4, height: 3 }],
  })),
  launchImageLibraryAsync: jest.fn(async () => ({
    canceled: false,
    assets: [{ uri: "file:///lib.png", base64: "UE5HIQ==", mimeType: "image/png", fileName: null, width: 8, height: 6 }],
  })),
}));

describe("ReportForm", () => {
  it("shows a photo from the camera at once and saves the report with it", async () => {
    const { services, queryClient } = await buildServices();
    const onSave = jest.fn(async () => undefined);
    renderWithServices(<ReportForm onSave={onSave} defaultPurpose="Review" />, services, queryClient);

    await act(async () => fireEvent.press(screen.getByTestId("report-photo-camera")));
    await waitFor(() => expect(screen.getByTestId("file-image-draft-0")).toBeTruthy());
    expect(screen.getByTestId("file-image-draft-0").props.source).toEqual({ uri: "data:image/jpeg;base64,SlBFRyE=" });
    fireEvent.changeText(screen.getByTestId("report-outcome"), "Agreed a trial");
    await act(async () => fireEvent.press(screen.getByTestId("save-report")));

    expect(onSave).toHaveBeenCalledWith(
      expect.objectContaining({ outcome: "Agreed a trial", purpose: "Review" }),
      [{ name: "cam.jpg", contentType: "image/jpeg", base64: "SlBFRyE=", width: 4, height: 3 }],
    );
  });

  it("takes the picture from the library when the camera is not allowed", async () => {
    jest.mocked(ImagePicker.requestCameraPermissionsAsync).mockResolvedValueOnce({ granted: false } as never);
    const { services, queryClient } = await buildServices();
    const onSave = jest.fn(async () => undefined);
    renderWithServices(<ReportForm onSave={onSave} defaultPurpose="" />, services, queryClient);

    await act(async () => fireEvent.press(screen.getByTestId("report-photo-camera")));
    await waitFor(() => expect(screen.getByTestId("file-image-draft-0")).toBeTruthy());
    fireEvent.changeText(screen.getByTestId("report-outcome"), "Met");
    await act(async () => fireEvent.press(screen.getByTestId("save-report")));

    expect(onSave).toHaveBeenCalledWith(expect.anything(), [expect.objectContaining({ contentType: "image/png", name: expect.stringMatching(/^photo-\d{8}-\d{6}\.png$/) })]);
  });
});
