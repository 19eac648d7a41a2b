// Progressive enhancement of the check-in page: scan the QR code of a confirmation mail with the
// camera (BarcodeDetector API) and open it. Without this file, or in browsers without a barcode
// detector, the door searches by name: the page works the same.
(function () {
  "use strict";
  var CHECK_IN_PATH = /^\/[a-z-]+\/registrations\/check-in\/[^/]+\/$/;

  function checkInUrl(text) {
    // Only a check-in link of this very site is followed: a QR code can hold any address.
    var url;
    try {
      url = new URL(text, window.location.href);
    } catch (error) {
      return null;
    }
    return url.origin === window.location.origin && CHECK_IN_PATH.test(url.pathname) ? url : null;
  }

  function setUp(container, detector) {
    var button = document.createElement("button");
    var status = document.createElement("p");
    var video = document.createElement("video");
    var stream = null;
    var timer = null;

    button.type = "button";
    button.className = "button button--secondary";
    button.textContent = container.dataset.startLabel;
    status.setAttribute("role", "status");
    video.setAttribute("playsinline", "");
    video.setAttribute("aria-label", container.dataset.videoLabel);
    video.muted = true;
    video.hidden = true;
    container.append(button, status, video);
    container.hidden = false;

    function stop() {
      window.clearTimeout(timer);
      if (stream) {
        stream.getTracks().forEach(function (track) { track.stop(); });
      }
      stream = null;
      video.hidden = true;
      button.textContent = container.dataset.startLabel;
    }

    function scan() {
      if (!stream) {
        return;
      }
      detector.detect(video).then(function (codes) {
        for (var i = 0; i < codes.length; i += 1) {
          var url = checkInUrl(codes[i].rawValue);
          if (url) {
            stop();
            window.location.assign(url.href);
            return;
          }
          status.textContent = container.dataset.foreignText;
        }
        timer = window.setTimeout(scan, 250);
      }, function () {
        timer = window.setTimeout(scan, 500);
      });
    }

    button.addEventListener("click", function () {
      if (stream) {
        stop();
        status.textContent = "";
        return;
      }
      navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }).then(function (media) {
        stream = media;
        video.srcObject = media;
        video.hidden = false;
        button.textContent = container.dataset.stopLabel;
        status.textContent = container.dataset.scanningText;
        return video.play().then(scan);
      }).catch(function () {
        stop();
        status.textContent = container.dataset.cameraErrorText;
      });
    });
    window.addEventListener("pagehide", stop);
  }

  document.addEventListener("DOMContentLoaded", function () {
    var container = document.querySelector("[data-qr-scanner]");
    if (!container || !("BarcodeDetector" in window) || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      return;
    }
    window.BarcodeDetector.getSupportedFormats().then(function (formats) {
      if (formats.indexOf("qr_code") !== -1) {
        setUp(container, new window.BarcodeDetector({ formats: ["qr_code"] }));
      }
    }, function () {});
  });
})();
