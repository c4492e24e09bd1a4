import { isCancelledError, type QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import type { LoaderFunctionArgs, RouteObject, ShouldRevalidateFunction } from 'react-router'
import { ApiError } from '@/shared/api/ApiError'
import type { Area } from '@/shared/auth/access'
import { notOfferedIn } from '@/shared/auth/devkit'
import { hasAnyRole } from '@/shared/auth/meQueries'
import { sessionSnapshot } from '@/shared/stores/sessionStore'
import type { Role } from '@/shared/contract/primitives'
import type { Me } from '@/shared/contract/auth'
import { RouteErrorBoundary } from '@/shared/ui/RouteErrorBoundary'
import { requireMe, requireToken } from './requireSession'

/** What a lazy route module exports (style guide §5). */
export type RouteModule = {
  Component: ComponentType
  /** Primes the query cache for the first paint with `primeQuery`: never throws for data (decision 011). Receives the signed-in user. */
  loader?: (queryClient: QueryClient) => (args: LoaderFunctionArgs & { me: Me }) => Promise<unknown>
  /** A view whose filters live in the URL and whose component fetches them itself skips the loader on those changes. */
  shouldRevalidate?: ShouldRevalidateFunction
}

export type RouteHandle = {
  /** Breadcrumb label. */
  crumb?: string | ((params: Record<string, string | undefined>) => string)
  /** Crumbs before this one for routes that are not nested in the route table (Run history under Workflows). */
  parentCrumbs?: (params: Record<string, string | undefined>) => { to: string; label: string }[]
  /** Roles that may open the route; the server refuses the data as well. */
  roles?: readonly Role[]
  /** The area the route belongs to: a devkit API lacks some (issue 13), and their pages say so. */
  area?: Area
  /**
   * A bounded page (a list with virtualized rows): when its loaders answer from data in hand, its navigation commits in
   * the click's own task instead of a transition after the next frame (commitWarmNavigations, decision 014).
   */
  commitWhenWarm?: boolean
}

/** A signed-in user whose roles do not open the page. */
const forbidden = (roles: readonly Role[]) =>
  new ApiError({
    status: 403,
    code: 'FORBIDDEN',
    message: 'Your roles in this organization do not open this page.',
    details: { requiredRoles: [...roles] },
  })

/** How often a loader starts over because its queries were cancelled under it before it gives up. */
const CANCELLED_RELOADS = 3

/**
 * Cached queries removed while a loader waits on them (an organization switch, somebody signing in over the page, a
 * demo reset) reject with react-query's CancelledError: nothing failed, the data is simply gone, so the loader starts
 * over instead of showing an error. A navigation that was itself abandoned still ends.
 */
export async function loadAgainIfCancelled<T>(load: () => Promise<T>, signal: AbortSignal): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await load()
    } catch (error) {
      if (!isCancelledError(error) || signal.aborted || attempt >= CANCELLED_RELOADS) throw error
    }
  }
}

/**
 * A route's data half: its loader (and `shouldRevalidate`) in a module of their own, apart from the page's code. Its
 * loader gets no `me`: on a page no role gates, it starts beside `me` (`protectedRoute`).
 */
export type RouteDataModule = {
  loader?: (queryClient: QueryClient) => (args: LoaderFunctionArgs) => Promise<unknown>
  shouldRevalidate?: RouteModule['shouldRevalidate']
}

/**
 * Adapts a lazy route module onto a protected route: session first, then whether this kind of session (platform or devkit) offers `handle.area`,
 * then the role check of `handle.roles`, then the module's own loader. The boundary is the shared one (static, so a chunk that fails to load is explained too).
 *
 * With `importData`, the loader comes from that (small) module instead, and React Router loads it and the page's code
 * side by side (lazy route properties): the page's data is on its way while its code is still being fetched and
 * evaluated, instead of after it (issue 16, decision 014). The checks before the loader are the same.
 */
export function protectedRoute(
  queryClient: QueryClient,
  importModule: () => Promise<RouteModule>,
  handle: RouteHandle = {},
  importData?: () => Promise<RouteDataModule>,
): Pick<RouteObject, 'lazy' | 'handle' | 'ErrorBoundary'> {
  // One guard for both kinds of loader: a session, the area, `me`, the roles, then the loader. A data module's reads
  // (`dataLoader`, which gets no `me`) start as soon as there is a session to make them under, beside `me` and the
  // page's code, on a page every signed-in user may open: on a full load they went out only once `me` had been read,
  // and that waited for the page's code to finish evaluating (decision 014, seventh pass). A page gated by roles asks
  // for nothing before the role check, and the checks still decide what the navigation shows.
  const guarded =
    (pageLoader: RouteModule['loader'], dataLoader?: RouteDataModule['loader']) => async (args: LoaderFunctionArgs) => {
      const load = async () => {
        await requireToken(args.request)
        const notOffered = notOfferedIn(handle.area, !!sessionSnapshot().devkit)
        if (notOffered) throw notOffered
        const early = handle.roles ? undefined : dataLoader?.(queryClient)(args)
        // Settled here too: a failed check below leaves the early reads' outcome unread, never unhandled.
        early?.catch(() => undefined)
        const me = await requireMe(queryClient)
        if (handle.roles && !hasAnyRole(me, handle.roles)) throw forbidden(handle.roles)
        if (dataLoader) return early ?? dataLoader(queryClient)(args)
        return pageLoader ? pageLoader(queryClient)({ ...args, me }) : null
      }
      return loadAgainIfCancelled(load, args.request.signal)
    }
  if (importData)
    return {
      handle,
      ErrorBoundary: RouteErrorBoundary,
      lazy: {
        loader: async () => guarded(undefined, (await importData()).loader),
        shouldRevalidate: async () => (await importData()).shouldRevalidate,
        Component: async () => (await importModule()).Component,
      },
    }
  return {
    handle,
    ErrorBoundary: RouteErrorBoundary,
    lazy: async () => {
      const module = await importModule()
      return { Component: module.Component, shouldRevalidate: module.shouldRevalidate, loader: guarded(module.loader) }
    },
  }
}
