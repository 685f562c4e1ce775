// Jest setup shared by every test file.
export {};
