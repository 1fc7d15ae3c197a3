// graphql-yoga serving pre-recorded responses from memory: the CPU floor of any yoga gateway on the
// same schema and the same response. Plain JavaScript so it runs without a TypeScript loader, like
// the compiled gateway it is compared with.
//
// Usage: node memory-yoga.mjs FIXTURE.json   (FIXTURE: { schemaFile, responses: { OperationName: data } })
// Prints "listening http://127.0.0.1:PORT/graphql" once it accepts requests.
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { createYoga } from 'graphql-yoga';

const fixture = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const schema = buildSchema(readFileSync(fixture.schemaFile, 'utf8'));

// Each root field returns the recorded value of that operation; below the root graphql-js's default
// resolvers read the recorded objects (recorded with __typename everywhere, so interfaces resolve).
const recorded = fixture.responses;
for (const field of Object.values(schema.getQueryType().getFields())) {
  field.resolve = (_source, _args, _context, info) => recorded[info.operation.name?.value ?? '']?.[info.path.key] ?? null;
}

// The same yoga settings as the gateway (src/gateway/yoga.ts), minus its context and error plugin.
const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', graphiql: false, landingPage: false, maskedErrors: { isDev: false }, logging: 'info' });
const server = http.createServer(yoga);
server.listen(0, '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}/graphql`);
});
process.on('SIGTERM', () => {
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
