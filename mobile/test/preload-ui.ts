/**
 * Loads the React Native UI modules the app renders when a component test file is
 * loaded, instead of inside its first test.
 *
 * react-native exports its components through lazy getters, and the jest preset
 * mocks each one by loading (and, on a cold cache such as a fresh clone's, first
 * compiling with Babel) its real implementation. Left to the first `render`, that
 * one-time cost landed inside the first test of every file, 1-2 s warm and 5-20 s
 * cold on a busy machine, past jest's 5 s limit. Here it is paid once per file,
 * before any test's clock starts.
 */
import * as ReactNative from "react-native";

const used = [
  ReactNative.View,
  ReactNative.Text,
  ReactNative.TextInput,
  ReactNative.Pressable,
  ReactNative.ScrollView,
  ReactNative.RefreshControl,
  ReactNative.ActivityIndicator,
  ReactNative.StyleSheet,
  ReactNative.AccessibilityInfo,
  ReactNative.AppState,
  ReactNative.Linking,
  ReactNative.Platform,
];

if (used.some((module) => module === undefined)) throw new Error("A React Native module the app uses is missing");
