/** Writes the GraphQL schema to packages/server/schema.graphql: `npm run schema`. */
import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { buildAppSchema, printAppSchema, SCHEMA_FILE } from '../schema';

void buildAppSchema().then((schema) => {
  writeFileSync(SCHEMA_FILE, printAppSchema(schema));
  console.log(`Wrote ${SCHEMA_FILE}`);
});
