import { createContext, useContext } from 'react'

/**
 * When the listed runs are as of (the server's clock when their page arrived), for the cells that show a running run's
 * time so far. A context rather than a column argument: a live refresh then re-renders those cells only, not the
 * column model and every row.
 */
export const RunsAsOfContext = createContext<number | undefined>(undefined)

export const useRunsAsOf = () => useContext(RunsAsOfContext)
