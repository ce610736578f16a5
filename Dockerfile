# Production image of the Schutznetz server with the built web client.
# The embedded Neo4j (Java) is not part of it: production connects to NEO4J_URI.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY packages/domain/package.json packages/domain/
COPY packages/demo-data/package.json packages/demo-data/
COPY packages/analysis/package.json packages/analysis/
COPY packages/neo4j-embedded/package.json packages/neo4j-embedded/
COPY packages/server/package.json packages/server/
COPY packages/client/package.json packages/client/
RUN npm ci
COPY packages packages
RUN npx tsc -b packages/server && npm run build -w @schutznetz/client
RUN npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/packages/domain/package.json packages/domain/
COPY --from=build /app/packages/domain/dist packages/domain/dist
COPY --from=build /app/packages/demo-data/package.json packages/demo-data/
COPY --from=build /app/packages/demo-data/dist packages/demo-data/dist
COPY --from=build /app/packages/analysis/package.json packages/analysis/
COPY --from=build /app/packages/analysis/dist packages/analysis/dist
COPY --from=build /app/packages/neo4j-embedded/package.json packages/neo4j-embedded/
COPY --from=build /app/packages/neo4j-embedded/dist packages/neo4j-embedded/dist
COPY --from=build /app/packages/server/package.json packages/server/
COPY --from=build /app/packages/server/dist packages/server/dist
COPY --from=build /app/packages/client/dist packages/client/dist
# The backup service's volume (docker-compose.yml) starts with this folder's owner.
RUN mkdir -p /backups && chown node:node /backups
USER node
EXPOSE 4000
CMD ["node", "packages/server/dist/index.js"]
