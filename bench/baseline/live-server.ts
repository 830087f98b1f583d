/**
 * The raw baseline of the live bench: a plain node:http + ws + pg server doing the same work as Krisenfest for a new
 * comment and its subscribers, and nothing else: POST /comment inserts the comment (and counts it on its thread) in
 * one transaction, reads it back with its author, and sends it to every WebSocket subscribed to the thread.
 *
 *   DATABASE_URL=… PORT=4201 node dist/bench/baseline/live-server.js
 */
import * as http from 'node:http';
import { Pool } from 'pg';
import { WebSocket, WebSocketServer } from 'ws';

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const subscribers = new Map<string, Set<WebSocket>>();

const server = http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/comment') {
    res.writeHead(404).end();
    return;
  }
  let raw = '';
  req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
  req.on('end', () => {
    void (async () => {
      const { threadId, authorId, body } = JSON.parse(raw) as { threadId: string; authorId: string; body: string };
      const client = await pool.connect();
      let id: string;
      try {
        await client.query('BEGIN');
        const inserted = await client.query<{ id: string }>(
          `INSERT INTO comment (thread_id, author_id, body, body_html) VALUES ($1, $2, $3, $4) RETURNING id`,
          [threadId, authorId, body, `<p>${body}</p>`],
        );
        id = inserted.rows[0].id;
        await client.query('UPDATE thread SET comment_count = comment_count + 1, last_activity_at = now() WHERE id = $1', [threadId]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      } finally {
        client.release();
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
      const { rows } = await pool.query(
        `SELECT c.id, c.body, u.display_name FROM comment c JOIN user_account u ON u.id = c.author_id WHERE c.id = $1`,
        [id],
      );
      const message = JSON.stringify({ commentAdded: { comment: { body: rows[0].body, author: { displayName: rows[0].display_name } } } });
      for (const socket of subscribers.get(threadId) ?? []) socket.send(message);
    })().catch((error: Error) => res.writeHead(500).end(error.message));
  });
});

const wss = new WebSocketServer({ server, path: '/live' });
wss.on('connection', (socket, req) => {
  const threadId = new URL(req.url ?? '', 'http://x').searchParams.get('thread') ?? '';
  const set = subscribers.get(threadId) ?? new Set<WebSocket>();
  subscribers.set(threadId, set);
  set.add(socket);
  socket.on('close', () => set.delete(socket));
  socket.send('{"ready":true}');
});

server.listen(Number(process.env.PORT ?? 4201), '127.0.0.1');
