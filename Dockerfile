# The console in production: the real-mode build (no demo code) served by nginx with deploy/nginx/console.conf.template.
#   docker build --build-arg VITE_MODULE_FRAME_ORIGIN=https://frames.example-modules.net -t hla-compass-console .
#   docker run -p 8080:8080 \
#     -e CONSOLE_HOST=console.example.org -e CONSOLE_ORIGIN=https://console.example.org \
#     -e FRAME_HOST=frames.example-modules.net -e FRAME_ORIGIN=https://frames.example-modules.net \
#     -e UI_BUCKET_ORIGIN=https://ui.example-cdn.net -e API_UPSTREAM=https://api.example.org hla-compass-console
# TLS terminates in front of it (a load balancer); both host names point at this container.

FROM node:20.19-bookworm-slim AS build
WORKDIR /console
COPY package.json package-lock.json .npmrc ./
RUN npm ci --no-audit --no-fund
COPY . .
# Baked into the bundle at build time (product.md "Real mode"; module-ui-contract §3).
ARG VITE_API_BASE_URL=/api
ARG VITE_MODULE_FRAME_ORIGIN
ARG VITE_AWS_REGION=eu-central-1
ENV VITE_API_BASE_URL=$VITE_API_BASE_URL VITE_MODULE_FRAME_ORIGIN=$VITE_MODULE_FRAME_ORIGIN VITE_AWS_REGION=$VITE_AWS_REGION
# `npm run build` is the real-mode build; it fails if any demo code is reachable, and keeps source maps in
# dist-sourcemaps/, which stays in this stage (upload it to an error tracker from here if you use one).
RUN test -n "$VITE_MODULE_FRAME_ORIGIN" || (echo "VITE_MODULE_FRAME_ORIGIN is required: the module frame needs an origin of its own" && exit 1)
RUN npm run build

FROM nginx:1.28-alpine-slim
# The image's entrypoint fills /etc/nginx/templates/*.template from the environment into /etc/nginx/conf.d/.
RUN rm -f /etc/nginx/conf.d/default.conf
COPY deploy/nginx/console.conf.template /etc/nginx/templates/console.conf.template
COPY --from=build /console/dist /usr/share/nginx/html
ENV STATIC_ROOT=/usr/share/nginx/html \
    LISTEN=8080 \
    FRAME_DEV_SOURCES="" \
    NGINX_ENVSUBST_FILTER="^(STATIC_ROOT|LISTEN|CONSOLE_HOST|FRAME_HOST|CONSOLE_ORIGIN|FRAME_ORIGIN|UI_BUCKET_ORIGIN|API_UPSTREAM|FRAME_DEV_SOURCES)$"
EXPOSE 8080
