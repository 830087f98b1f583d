# Krisenfest API image: build with swc, run on Node 20 (>= 20.19 for require(esm) of NestJS 12).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s CMD node -e "fetch('http://127.0.0.1:3000/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# A capped old generation keeps the process near 200 MB under load (V8 otherwise grows it lazily towards
# gigabytes); bench/README.md has the measurement.
CMD ["node", "--enable-source-maps", "--max-old-space-size=192", "dist/apps/api/src/main.js"]
