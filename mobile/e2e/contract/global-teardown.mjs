export default async function stopApi() {
  await globalThis.contractApi?.stop();
}
