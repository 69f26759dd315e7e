// Vite bundles `?worker&inline` imports into a Worker constructor whose script is a blob: URL, so the
// single-file HTML export carries its worker inside (its CSP allows blob: workers only).
declare module '*?worker&inline' {
  const WorkerConstructor: new () => Worker;
  export default WorkerConstructor;
}
