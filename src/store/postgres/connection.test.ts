import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describeProblem, describeServer } from './connection.ts';

test('describeServer names host:port/database and never the password', () => {
  const rows: [string, string][] = [
    ['postgres://reader:hunter2@db.example:6543/news', 'db.example:6543/news'],
    ['postgresql://reader@db.example/news', 'db.example:5432/news'],
    ['postgresql://postgres@%2Fvar%2Frun%2Fpostgresql:5433/news', '/var/run/postgresql:5433/news'],
    ['postgresql:///news?host=/tmp/sockets&port=5999', '/tmp/sockets:5999/news'],
    ['postgres://reader@db.example', 'db.example:5432/reader'],
  ];
  for (const [url, expected] of rows) assert.equal(describeServer(url), expected);
  assert.throws(() => describeServer('not a url'));
  assert.throws(() => describeServer('mysql://reader@db.example/news'), /expected postgres:\/\/ or postgresql:\/\/, found mysql:\/\//);
});

test('describeProblem gives one line without the password', () => {
  const url = 'postgres://reader:hunter2@db.example/news';
  const rows: [unknown, string][] = [
    [new Error('password authentication failed for user "reader"'), 'password authentication failed for user "reader"'],
    [new Error('bad url postgres://reader:hunter2@db.example/news\n  at line 2'), 'bad url postgres://reader:***@db.example/news at line 2'],
    [new AggregateError([new Error('connect ECONNREFUSED ::1:5432'), new Error('connect ECONNREFUSED 127.0.0.1:5432')], ''), 'connect ECONNREFUSED ::1:5432; connect ECONNREFUSED 127.0.0.1:5432'],
    ['plain string', 'plain string'],
    [new Error(''), 'unknown error'],
  ];
  for (const [error, expected] of rows) assert.equal(describeProblem(error, url), expected);
});
