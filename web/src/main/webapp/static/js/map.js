// Draws the point of each [data-map] element with Leaflet (tiles from OpenStreetMap); the page reads fine without.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof L === 'undefined') {
    return;
  }
  document.querySelectorAll('[data-map]').forEach(function (element) {
    var lat = parseFloat(element.dataset.lat);
    var lon = parseFloat(element.dataset.lon);
    if (isNaN(lat) || isNaN(lon)) {
      return;
    }
    var map = L.map(element, { scrollWheelZoom: false }).setView([lat, lon], 12);
    L.tileLayer('https://tile.openstreetmap.org/{z}/{x}/{y}.png', {
      maxZoom: 18,
      attribution: '&copy; contributeurs OpenStreetMap'
    }).addTo(map);
    L.circleMarker([lat, lon], { radius: 9, color: '#000091', fillOpacity: 0.8 }).addTo(map)
      .bindPopup(element.dataset.label || '');
  });
});
