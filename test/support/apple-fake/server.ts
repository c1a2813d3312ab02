/**
 * One local HTTP server on a loopback port speaking the three Apple APIs of
 * apple-apis.md (token endpoint and `/v1/…` of the Apple Business API,
 * `/session` and `/account` of the device enrollment API, `/mdm/v2/…` of the
 * Apps and Books API). Faults armed with `fail()` take precedence over the
 * APIs; `latencyMs` delays every answer. Every request is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppsAndBooksFake } from './apps-and-books.js';
import { BusinessFake } from './business.js';
import { EnrollmentFake } from './enrollment.js';
import type { FakeOrganization, FaultSpec, RecordedRequest } from './types.js';

export interface FakeRequest {
  method: string;
  /** The URL the client called (scheme, host and port as seen by the client). */
  url: URL;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeResponse {
  status: number;
  headers?: Record<string, string>;
  /** An object is sent as JSON; a string as is. */
  body?: unknown;
}

const MAX_REQUEST_BODY = 1_000_000;
const HUGE_BYTES = 10 * 1024 * 1024;

export class AppleFake {
  readonly requests: RecordedRequest[] = [];
  /** Added before every answer (the bench uses 50 ms). */
  latencyMs = 0;
  readonly business: BusinessFake;
  readonly enrollment: EnrollmentFake;
  readonly appsAndBooks: AppsAndBooksFake;
  private readonly faults: Array<FaultSpec & { remaining: number }> = [];
  private readonly server = createServer((request, response) => void this.handle(request, response));
  private origin = '';

  constructor(organizations: FakeOrganization[] = []) {
    this.business = new BusinessFake();
    this.enrollment = new EnrollmentFake();
    this.appsAndBooks = new AppsAndBooksFake();
    for (const organization of organizations) this.seed(organization);
  }

  seed(organization: FakeOrganization): void {
    if (organization.business) this.business.register(organization.business);
    for (const token of organization.serverTokens ?? []) this.enrollment.register(token);
    for (const token of organization.contentTokens ?? []) this.appsAndBooks.register(token);
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.origin = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this.origin;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  get url(): string {
    return this.origin;
  }

  /** The process environment that points abm-gitops at this fake. */
  get env(): Record<string, string> {
    return {
      ABM_GITOPS_APPLE_API_URL: this.origin,
      ABM_GITOPS_APPLE_TOKEN_URL: `${this.origin}/auth/oauth2/token`,
      ABM_GITOPS_ADE_API_URL: this.origin,
      ABM_GITOPS_VPP_API_URL: `${this.origin}/mdm/v2`,
    };
  }

  /** Arms a fault for the next `times` (default 1; `Infinity` for always) requests whose path matches. */
  fail(fault: FaultSpec): void {
    this.faults.push({ ...fault, remaining: fault.times ?? 1 });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Requests whose path matches, e.g. `count(/^\/session/)`. */
  count(path: RegExp): number {
    return this.requests.filter((request) => path.test(request.path)).length;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', `http://${request.headers.host ?? '127.0.0.1'}`);
    const record: RecordedRequest = { method: request.method ?? 'GET', path: url.pathname + url.search, status: 0, headers: request.headers };
    this.requests.push(record);
    const body = await readBody(request);
    if (this.latencyMs > 0) await sleep(this.latencyMs);
    let fault = this.takeFault(url.pathname);
    if (fault !== undefined && typeof fault === 'object' && 'delayMs' in fault) {
      // A slow Apple: the right answer, late (or never, once the client has given up).
      await sleep(fault.delayMs);
      fault = undefined;
      if (response.destroyed) return;
    }
    if (fault !== undefined) {
      record.status = await this.misbehave(fault, request, response);
      return;
    }
    let answer: FakeResponse;
    try {
      answer = await this.route({ method: record.method, url, headers: request.headers, body: body ?? '' });
    } catch (error) {
      answer = { status: 500, body: { errors: [{ status: '500', code: 'FAKE_BUG', title: String(error), detail: '' }] } };
    }
    record.status = answer.status;
    send(response, answer);
  }

  private route(request: FakeRequest): Promise<FakeResponse> | FakeResponse {
    const path = request.url.pathname;
    if (path.startsWith('/auth/oauth2/')) return this.business.token(request);
    if (path.startsWith('/v1/')) return this.business.api(request);
    if (path === '/session' || path === '/account') return this.enrollment.handle(request);
    if (path.startsWith('/mdm/v2/')) return this.appsAndBooks.handle(request);
    return { status: 404, headers: { 'Content-Type': 'text/html' }, body: '<html><body>Not Found</body></html>' };
  }

  private takeFault(path: string): FaultSpec['respond'] | undefined {
    const index = this.faults.findIndex((fault) => fault.path.test(path));
    if (index < 0) return undefined;
    const fault = this.faults[index]!;
    fault.remaining--;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    return fault.respond;
  }

  private async misbehave(fault: FaultSpec['respond'], request: IncomingMessage, response: ServerResponse): Promise<number> {
    if (fault === 'drop') {
      request.socket.destroy();
      return 0;
    }
    if (fault === 'html') {
      send(response, {
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
        body: '<!DOCTYPE html><html><head><title>Sign In</title></head><body>Apple</body></html>',
      });
      return 200;
    }
    if (fault === 'garbage') {
      send(response, { status: 200, headers: { 'Content-Type': 'application/json' }, body: '{"data": [tru' });
      return 200;
    }
    if (fault === 'huge' || fault === 'huge-chunked') {
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      response.writeHead(200, { 'Content-Type': 'application/json', ...(fault === 'huge' ? { 'Content-Length': String(HUGE_BYTES) } : {}) });
      // The headers first, and a few turns of the event loop before the body: a client that stops at a declared length
      // over its cap hangs up here. Written at once, ~4 MB of the body went into the loopback socket's buffers before the
      // hang-up was seen, copied for nothing (345 MB over cli-online's 90 such answers, 13.5 MB now). A client that reads gets all of it.
      response.flushHeaders();
      for (let turn = 0; turn < 3 && !response.destroyed; turn++) await new Promise((resolve) => setImmediate(resolve));
      for (let sent = 0; sent < HUGE_BYTES && !response.destroyed; sent += chunk.length) {
        if (!response.write(chunk)) await drainedOrClosed(response);
      }
      response.end();
      return 200;
    }
    if (fault === 'endless') {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.write('{"data": [');
      while (!response.destroyed && !request.socket.destroyed) {
        response.write('{"type":"users","id":"x"},');
        await sleep(5);
      }
      return 200;
    }
    if ('delayMs' in fault) return 0;
    send(response, { status: fault.status, ...(fault.headers ? { headers: fault.headers } : {}), body: fault.text ?? fault.body ?? '' });
    return fault.status;
  }
}

function send(response: ServerResponse, answer: FakeResponse): void {
  if (response.destroyed) return;
  const isText = typeof answer.body === 'string';
  const text = isText ? (answer.body as string) : JSON.stringify(answer.body ?? {});
  const type = isText ? 'text/plain; charset=utf-8' : 'application/json';
  response.writeHead(answer.status, { 'Content-Type': type, ...answer.headers, 'Content-Length': String(Buffer.byteLength(text)) });
  response.end(text);
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BODY) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function drainedOrClosed(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off('drain', done).off('close', done);
      resolve();
    };
    response.on('drain', done).on('close', done);
  });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
