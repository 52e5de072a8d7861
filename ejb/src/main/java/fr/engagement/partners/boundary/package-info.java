/**
 * Partner exchange (the API Engagement contract): publishers and their API keys, the shared catalogue that
 * announcers write (feed import, v2 API) and broadcasters read (v0 API) within their diffusion rules.
 * Every method takes the calling publisher and checks its scope row by row: an announcer reads and writes only its
 * own missions and events; a broadcaster reads only what its diffusion rules allow.
 */
package fr.engagement.partners.boundary;
