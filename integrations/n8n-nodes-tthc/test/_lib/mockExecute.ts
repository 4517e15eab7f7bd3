import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { IBinaryData, IExecuteFunctions, INode, INodeExecutionData, NodeExecutionHint, NodeTypeAndVersion } from 'n8n-workflow';

export interface MockOptions {
  items: INodeExecutionData[];
  /** Parameter values; a function receives the item index. */
  params: Record<string, unknown>;
  continueOnFail?: boolean;
  /** Paths `isFilePathBlocked` refuses. */
  blockedPaths?: string[];
  /** What `getParentNodes` returns (the nodes before this one). */
  parents?: NodeTypeAndVersion[];
  /** The files of binary ids, as n8n's filesystem binary mode stores them (`getBinaryPath`). */
  binaryPaths?: Record<string, string>;
  /** Receives the hints the node adds (its notice in the editor). */
  hints?: NodeExecutionHint[];
  /** Receives every path the node reads through n8n's file helpers. */
  reads?: string[];
  /** What `getCredentials(type)` returns. */
  credentials?: Record<string, Record<string, unknown>>;
}

export const testNode: INode = {
  id: 'test-node',
  name: 'TTHC Test',
  type: 'n8n-nodes-tthc.test',
  typeVersion: 1,
  position: [0, 0],
  parameters: {},
};

/** A binary property as n8n's default (in-memory) mode holds it: base64 data. */
export function binaryOf(data: Buffer | string, fileName: string, mimeType = 'application/octet-stream'): IBinaryData {
  const buffer = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { data: buffer.toString('base64'), fileName, mimeType, fileSize: String(buffer.length) };
}

/** The bytes of a binary property of an output item. */
export function bytesOf(binary: IBinaryData | undefined): Buffer {
  if (!binary) throw new Error('no binary');
  return Buffer.from(binary.data, 'base64');
}

async function toBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** A mocked IExecuteFunctions with the members the TTHC nodes use. */
export function mockExecute(options: MockOptions): IExecuteFunctions {
  const { items, params } = options;
  const ctx = {
    getInputData: () => items,
    getNode: () => testNode,
    continueOnFail: () => options.continueOnFail ?? false,
    getParentNodes: () => options.parents ?? [],
    addExecutionHints: (...hints: NodeExecutionHint[]) => options.hints?.push(...hints),
    getCredentials: async (type: string) => {
      const credential = options.credentials?.[type];
      if (!credential) throw new Error(`mock: no ${type} credential`);
      return credential;
    },
    getNodeParameter: (name: string, itemIndex: number, fallback?: unknown) => {
      if (name in params) {
        const value = params[name];
        return typeof value === 'function' ? (value as (i: number) => unknown)(itemIndex) : value;
      }
      if (fallback !== undefined) return fallback;
      throw new Error(`mock: parameter ${name} not set`);
    },
    helpers: {
      getBinaryDataBuffer: async (itemIndex: number, property: string) => {
        const binary = items[itemIndex]?.binary?.[property];
        if (!binary) throw new Error(`mock: item ${itemIndex} has no binary ${property}`);
        return Buffer.from(binary.data, 'base64');
      },
      prepareBinaryData: async (data: Buffer | Readable, fileName?: string, mimeType?: string) =>
        binaryOf(Buffer.isBuffer(data) ? data : await toBuffer(data), fileName ?? 'file', mimeType),
      getBinaryPath: (id: string) => {
        const path = options.binaryPaths?.[id];
        if (path === undefined) throw new Error(`mock: no file for binary id ${id}`);
        return path;
      },
      resolvePath: async (path: string) => path,
      isFilePathBlocked: (path: string) => (options.blockedPaths ?? []).includes(path),
      createReadStream: async (path: string) => {
        options.reads?.push(path);
        return createReadStream(path);
      },
      binaryToBuffer: async (body: Buffer | Readable) => (Buffer.isBuffer(body) ? body : toBuffer(body)),
    },
  };
  return ctx as unknown as IExecuteFunctions;
}

/** The first item of the first output (fails the test when there is none). */
export function firstItem(outputs: INodeExecutionData[][] | null): INodeExecutionData {
  const item = outputs?.[0]?.[0];
  if (!item) throw new Error('no output item');
  return item;
}
