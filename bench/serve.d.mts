/** A production server of this checkout (`next start`), started for a measurement. */
export interface Server {
  base: string;
  stop: () => Promise<void>;
}

/** Start `next start` on 127.0.0.1 on `port` and wait until it answers. Needs a build. */
export function startServer(port: number): Promise<Server>;
