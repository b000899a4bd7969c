package org.semanticinpaint.ij.entry;

import java.net.URL;
import java.util.List;

/**
 * Decides which class loader runs the plugin: ImageJ's own when it sees the right TensorFlow-Java and protobuf,
 * else (another plugin's jar comes first) one {@link ChildFirstLoader} over the plugin's jars, shared by all
 * commands so that a label image proposed by one is rendered by another.
 */
final class Isolation {

	private static ClassLoader isolated;

	private Isolation() {}

	/** -Dsemantic-inpainting.isolate=false turns it off (then a clash ends in a message naming the jar). */
	static final String SWITCH = "semantic-inpainting.isolate";

	static synchronized ClassLoader loaderFor(ClassLoader parent) {
		if (!shadowed(parent) || "false".equals(System.getProperty(SWITCH))) return parent;
		if (isolated == null) {
			List<URL> jars = EngineJars.find(parent, Platform.current());
			if (jars == null) return parent; // Requirements then says what is missing or wrong
			isolated = new ChildFirstLoader(jars, parent);
		}
		return isolated;
	}

	/** The old TensorFlow 1.x API or protobuf-java 4.28 comes first on ImageJ's class path. */
	static boolean shadowed(ClassLoader loader) {
		return Requirements.protobufProblem(loader) != null || Requirements.legacyTensorFlow(loader);
	}
}
