"""The Verify tab: a scanned or typed code, an image or PDF, or the webcam."""
