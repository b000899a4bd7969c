package org.semanticinpaint.eval.baselines;

/** Loads OpenCV's bundled native library once per JVM, on first use rather than when the class path is scanned. */
final class OpenCvNatives {

	private OpenCvNatives() {}

	private static final class Holder {
		static {
			// extracts the platform's library from the openpnp jar to a temporary folder and System.load()s it
			nu.pattern.OpenCV.loadLocally();
		}

		static void touch() {}
	}

	static void ensureLoaded() {
		Holder.touch();
	}
}
