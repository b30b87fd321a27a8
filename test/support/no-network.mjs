// Preloaded with `node --import` by test/no-network.test.ts: any attempt to
// reach the network (a socket, a DNS lookup, fetch, HTTP) ends the process
// with exit code 99 and says what it tried.
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

const deny = (what) =>
  function denied() {
    process.stderr.write(`NETWORK ATTEMPT: ${what}\n`);
    process.exit(99);
  };
net.Socket.prototype.connect = deny('net.Socket#connect');
net.connect = net.createConnection = deny('net.connect');
tls.connect = deny('tls.connect');
dns.lookup = deny('dns.lookup');
dns.resolve = deny('dns.resolve');
dns.promises.lookup = deny('dns.promises.lookup');
dns.promises.resolve = deny('dns.promises.resolve');
http.request = http.get = deny('http.request');
https.request = https.get = deny('https.request');
dgram.createSocket = deny('dgram.createSocket');
globalThis.fetch = deny('fetch');
syncBuiltinESMExports();
