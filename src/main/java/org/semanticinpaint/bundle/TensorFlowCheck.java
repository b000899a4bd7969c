package org.semanticinpaint.bundle;

import java.security.CodeSource;

/**
 * Detects the old TensorFlow 1.x Java API (libtensorflow-1.15.0.jar, installed by some Fiji update sites such as
 * CSBDeep) shadowing TensorFlow-Java. Both use the package org.tensorflow; whichever comes first on the class
 * path wins, and with the old one first every model load fails deep inside TensorFlow with an
 * IncompatibleClassChangeError. We look before touching TensorFlow and say exactly what to do.
 */
public final class TensorFlowCheck {

	private TensorFlowCheck() {}

	/** Null when TensorFlow-Java is usable, otherwise a message for the person. */
	public static String problem() {
		ClassLoader cl = TensorFlowCheck.class.getClassLoader();
		try {
			Class<?> tensor = Class.forName("org.tensorflow.Tensor", false, cl);
			if (tensor.isInterface()) return null; // TensorFlow-Java 1.x: Tensor is an interface
			return "An old TensorFlow for Java (" + where(tensor) + ") hides the TensorFlow this plugin needs " +
				"(TensorFlow-Java 1.1.0). It is usually libtensorflow-1.15.0.jar and libtensorflow_jni-1.15.0.jar in " +
				"Fiji's jars/ folder, installed by an update site such as CSBDeep. Close Fiji, move those two jars out " +
				"of jars/ (or disable that update site in Help > Update... > Manage update sites), and start Fiji again.";
		}
		catch (ClassNotFoundException | LinkageError e) {
			return "TensorFlow-Java is not installed: tensorflow-core-api-1.1.0.jar and the tensorflow-core-native " +
				"jar of this platform must be in Fiji's jars/ folder (see the README).";
		}
	}

	public static void verify() throws BundleException {
		String p = problem();
		if (p != null) throw new BundleException(p);
	}

	private static String where(Class<?> c) {
		CodeSource s = c.getProtectionDomain() == null ? null : c.getProtectionDomain().getCodeSource();
		return s == null || s.getLocation() == null ? "unknown jar" : s.getLocation().getPath();
	}
}
