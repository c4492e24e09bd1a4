// The session's restore, asked for by the HTML before the console's code has loaded (issue 16; decision 014, sixth
// pass). A classic script the real-mode build emits as a hashed asset and names in index.html ahead of the entry
// (scripts/vite/earlySessionScript.ts); `data-api-base` is the build's API_BASE. With a stored refresh token it sends
// the refresh, then `me` with the new access token, and leaves both answers, unread, for the console
// (src/shared/api/earlySession.ts), which judges them exactly as if it had asked itself. It stores nothing: the console
// takes the answers at start and keeps the tokens as it always does. Without a stored token, or on any surprise, it
// does nothing and the console asks as before.
;(function () {
  try {
    var script = document.currentScript
    var base = script && script.getAttribute('data-api-base')
    var refreshToken = sessionStorage.getItem('hla-compass-refresh-token')
    if (!base || !refreshToken || typeof fetch !== 'function' || !crypto.randomUUID) return

    var refreshId = crypto.randomUUID()
    var refresh = fetch(base + '/v1/auth/refresh', {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-Request-Id': refreshId },
      body: JSON.stringify({ refresh_token: refreshToken }),
    })
    refresh.catch(function () {}) // a failure is the console's to report, when it reads the answer
    // `me` goes out as soon as the new access token is known; anything unexpected leaves it to the console.
    var me = refresh
      .then(function (response) {
        return response.ok ? response.clone().json() : null
      })
      .then(function (body) {
        var tokens = body && body.success === true && 'data' in body ? body.data : body
        var accessToken = tokens && tokens.access_token
        if (typeof accessToken !== 'string' || !accessToken) return null
        var meId = crypto.randomUUID()
        var response = fetch(base + '/v1/auth/me', {
          headers: { Accept: 'application/json', Authorization: 'Bearer ' + accessToken, 'X-Request-Id': meId },
        })
        response.catch(function () {}) // as above
        return { accessToken: accessToken, requestId: meId, response: response }
      })
      .catch(function () {
        return null
      })
    window.__hlaCompassEarlySession = {
      refreshToken: refreshToken,
      refresh: { requestId: refreshId, response: refresh },
      me: me,
    }
  } catch (error) {
    // No early restore: the console restores the session itself.
  }
})()
