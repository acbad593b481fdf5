// SQLite's quick check of one file, on a thread of its own (see quick-check.ts): the lines it
// reports, none when the file is sound, or the error that kept it from running.
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';

let lines;
try {
  const db = new SQLite(workerData.path, { fileMustExist: true });
  try {
    // The check reads every page once: a small page cache is enough, and it goes with the thread.
    db.pragma('cache_size = -2000');
    lines = db.pragma('quick_check').map((row) => String(Object.values(row)[0]).replace(/\s*\n\s*/g, ' '));
  } finally {
    db.close();
  }
} catch (error) {
  lines = [error.message];
}
parentPort.postMessage(lines.length === 1 && lines[0] === 'ok' ? [] : lines);
