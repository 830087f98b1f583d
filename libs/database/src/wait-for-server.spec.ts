import { DatabaseUnreachableError, waitForServer } from './data-source';

describe('waitForServer', () => {
  it('tries again with one line per attempt, then gives up with one line', async () => {
    const lines: string[] = [];
    // Port 1 on loopback: refused at once, as a server that is not up yet.
    const waiting = waitForServer('postgres://postgres:secret@127.0.0.1:1/krisenfest', 2500, (line) => lines.push(line));
    await expect(waiting).rejects.toBeInstanceOf(DatabaseUnreachableError);
    await expect(waiting).rejects.toThrow(
      /^The database at 127\.0\.0\.1:1\/krisenfest did not answer within 3 s \(ECONNREFUSED\); giving up\.$/,
    );
    expect(lines.length).toBeGreaterThanOrEqual(1);
    expect(lines[0]).toBe('database at 127.0.0.1:1/krisenfest not reachable yet (ECONNREFUSED), attempt 1; trying again in 1 s');
    expect(lines.join('\n')).not.toContain('secret');
  });
});
