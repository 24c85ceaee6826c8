/** The part of the `datapackage` package's API the tests use (the package ships no types). */
declare module 'datapackage' {
  interface Resource {
    name: string;
    read(options?: { keyed?: boolean; cast?: boolean }): Promise<Record<string, unknown>[]>;
  }
  interface Package {
    valid: boolean;
    errors: Error[];
    resources: Resource[];
    descriptor: Record<string, unknown>;
  }
  const datapackage: {
    Package: { load(descriptor: string | Record<string, unknown>, options?: { basePath?: string; strict?: boolean }): Promise<Package> };
  };
  export default datapackage;
}
