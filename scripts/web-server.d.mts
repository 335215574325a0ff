import type { IncomingMessage, ServerResponse } from "node:http";

type Log = { warn(entry: object, message: string): void; error(entry: object, message: string): void };

export function trustedProxyHops(value: string | undefined): number;
export function clientAddressOf(socketAddress: string, forwardedFor: string | undefined, hops: number): string;
export function isUndecodablePath(url: string | undefined): boolean;
export function createRequestListener(
  handle: (request: IncomingMessage, response: ServerResponse) => unknown,
  options: { hops: number; log: Log },
): (request: IncomingMessage, response: ServerResponse) => void;
