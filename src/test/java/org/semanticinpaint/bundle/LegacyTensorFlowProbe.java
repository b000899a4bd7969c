package org.semanticinpaint.bundle;

import java.nio.file.Paths;

/** Loads a bundle and prints what happened; run in a JVM whose class path starts with libtensorflow-1.15.0.jar. */
public final class LegacyTensorFlowProbe {

	private LegacyTensorFlowProbe() {}

	public static void main(String[] args) {
		try (ModelBundle b = BundleLoader.load(Paths.get(args[0]), 1)) {
			System.out.println("LOADED " + b.card().name);
		}
		catch (BundleException e) {
			System.out.println("REFUSED " + e.getMessage());
		}
	}
}
