/*
 * Engagement Civique — jstag.js, the tracking tag of the partner exchange, for announcers' sites.
 *
 *   <script src="https://<our host>/jstag.js"></script>
 *   <script>apieng("config", "<your publisher id>");</script>
 *   ... on application:      apieng("trackApplication", "<mission clientId>", {clientEventId: "...", customAttributes: {...}});
 *   ... on account creation: apieng("trackAccount", "<mission clientId>", {clientEventId: "..."});
 *
 * A visitor who arrives through one of our tracked links carries apiengagement_id (the click id) and
 * apiengagement_tracking_token in the URL: they are kept in a first-party cookie (30 days) and in sessionStorage,
 * and the events above are reported only when a click id is known. After 2 seconds and a first interaction
 * the click is confirmed human. Elements marked data-name="tracker_counter" (data-id = mission id,
 * data-publisher, data-source = widget id, data-request) count an impression the first time they are on screen.
 * The API address is taken from this script's own src. No dependency, no personal data sent.
 */
(function (window, document) {
  "use strict";

  var COOKIE = "apiengagement";
  var STORE_ID = "apiengagement_id";
  var STORE_TOKEN = "apiengagement_tracking_token";
  var STORE_CONFIRMED = "apiengagement_confirmed";
  var COOKIE_DAYS = 30;

  var script = document.currentScript || document.querySelector('script[src*="jstag.js"]');
  var api = script ? script.src.replace(/\/jstag\.js(?:[?#].*)?$/, "") + "/r" : "/r";
  var publisher = null;
  var queued = (window.apieng && window.apieng.q) || [];

  function storage() {
    try { return window.sessionStorage; } catch (e) { return null; }
  }

  function readCookie(name) {
    var match = document.cookie.match(new RegExp("(?:^|; )" + name + "=([^;]*)"));
    return match ? decodeURIComponent(match[1]) : null;
  }

  /* On the site's registrable domain (so that www. and the application subdomain share it): the browser refuses
     a public suffix, so the shortest domain it accepts is the right one. */
  function writeCookie(value) {
    var base = COOKIE + "=" + encodeURIComponent(value) + "; max-age=" + COOKIE_DAYS * 86400 +
      "; path=/; SameSite=Lax" + (window.location.protocol === "https:" ? "; Secure" : "");
    var parts = window.location.hostname.split(".");
    for (var i = parts.length - 2; i >= 0; i--) {
      document.cookie = base + "; domain=" + parts.slice(i).join(".");
      if (readCookie(COOKIE) === value) { return; }
    }
    document.cookie = base;
  }

  function landing() {
    var params = new URLSearchParams(window.location.search);
    var id = params.get("apiengagement_id");
    if (!id) { return; }
    writeCookie(id);
    var s = storage();
    if (s) {
      s.setItem(STORE_ID, id);
      var token = params.get("apiengagement_tracking_token");
      if (token) { s.setItem(STORE_TOKEN, token); }
    }
  }

  function clickId() {
    var s = storage();
    return (s && s.getItem(STORE_ID)) || readCookie(COOKIE);
  }

  function send(path, params) {
    var query = [];
    for (var name in params) {
      if (params[name] !== undefined && params[name] !== null && params[name] !== "") {
        query.push(encodeURIComponent(name) + "=" + encodeURIComponent(params[name]));
      }
    }
    var url = api + path + (query.length ? "?" + query.join("&") : "");
    if (window.fetch) {
      window.fetch(url, { mode: "cors", credentials: "omit", keepalive: true }).catch(function () {});
    } else {
      new Image().src = url;
    }
  }

  function conversion(path, missionClientId, options) {
    var id = clickId();
    if (!id) { return; }
    options = options || {};
    send(path, {
      view: id,
      publisher: publisher,
      mission: missionClientId,
      clientEventId: options.clientEventId,
      customAttributes: options.customAttributes ? JSON.stringify(options.customAttributes) : undefined
    });
  }

  /* A person moves, types or scrolls; a robot that runs scripts rarely waits 2 s and then does. */
  function confirmHuman() {
    var s = storage();
    var id = s && s.getItem(STORE_ID);
    if (!id || s.getItem(STORE_CONFIRMED) === id) { return; }
    var events = ["mousemove", "click", "keydown", "scroll", "resize", "touchstart"];
    window.setTimeout(function () {
      function once() {
        events.forEach(function (type) { window.removeEventListener(type, once, true); });
        s.setItem(STORE_CONFIRMED, id);
        send("/" + encodeURIComponent(id) + "/confirm-human", { token: s.getItem(STORE_TOKEN) });
      }
      events.forEach(function (type) { window.addEventListener(type, once, { capture: true, passive: true }); });
    }, 2000);
  }

  /* Impressions: an IntersectionObserver tells when a marked element is on screen (no polling); a
     MutationObserver hands it the elements added later (lists loaded by the page's own scripts). */
  var SELECTOR = '[data-name="tracker_counter"], [name="tracker_counter"]';
  var seen = typeof WeakSet === "function" ? new WeakSet() : null;
  var observer = null;

  function impression(el) {
    var mission = el.getAttribute("data-id");
    var from = el.getAttribute("data-publisher") || publisher;
    if (!mission || !from) { return; }
    send("/impression/" + encodeURIComponent(mission) + "/" + encodeURIComponent(from), {
      tracker: el.tagName === "A" ? "link" : "pixel",
      sourceId: el.getAttribute("data-source"),
      requestId: el.getAttribute("data-request")
    });
  }

  function watch(root) {
    var elements = root.querySelectorAll ? root.querySelectorAll(SELECTOR) : [];
    for (var i = 0; i < elements.length; i++) {
      var el = elements[i];
      // an element without a publisher waits for apieng("config"), which looks again
      if ((seen && seen.has(el)) || !(el.getAttribute("data-publisher") || publisher)) { continue; }
      if (seen) { seen.add(el); }
      if (observer) { observer.observe(el); } else { impression(el); }
    }
  }

  var started = false;

  function startImpressions() {
    started = true;
    if ("IntersectionObserver" in window) {
      observer = new IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) {
            observer.unobserve(entry.target);
            impression(entry.target);
          }
        });
      }, { threshold: 0.5 });
    }
    watch(document);
    if ("MutationObserver" in window) {
      new MutationObserver(function (mutations) {
        mutations.forEach(function (m) {
          for (var i = 0; i < m.addedNodes.length; i++) {
            var node = m.addedNodes[i];
            if (node.nodeType === 1) {
              if (node.matches && node.matches(SELECTOR)) { watch(node.parentNode || document); } else { watch(node); }
            }
          }
        });
      }).observe(document.documentElement, { childList: true, subtree: true });
    }
  }

  var commands = {
    config: function (publisherId) {
      publisher = publisherId;
      if (started) { watch(document); }
    },
    trackApplication: function (missionClientId, options) { conversion("/apply", missionClientId, options); },
    trackAccount: function (missionClientId, options) {
      conversion("/account", missionClientId, { clientEventId: options && options.clientEventId });
    }
  };

  window.apieng = function (command) {
    var run = commands[command];
    if (run) { run.apply(null, Array.prototype.slice.call(arguments, 1)); }
  };

  landing();
  confirmHuman();
  queued.forEach(function (args) { window.apieng.apply(null, args); });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", startImpressions);
  } else {
    startImpressions();
  }
})(window, document);
