package org.semanticinpaint.ij.entry;

import java.lang.reflect.Field;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * What the plugin needs on the class path, checked with nothing but the JDK before any class that uses those jars
 * is loaded: a missing jar would otherwise surface as a NoClassDefFoundError that ImageJ swallows, and the user
 * sees a dialog close and nothing happen.
 */
final class Requirements {

	static final String WHERE = "In Fiji, install the plugin with the command in its README, which copies every jar " +
		"it needs into Fiji.app/jars/; in plain ImageJ, put them in ImageJ/plugins/jars/.";

	/** Most specific package first: the natives' Java side and ndarray live under org.tensorflow too. */
	private static final List<RequiredJar> JARS = List.of(
		new RequiredJar("tensorflow-core-native-1.1.0.jar", "org.tensorflow.internal.c_api.global.tensorflow",
			"org.tensorflow.internal.c_api."),
		new RequiredJar("ndarray-1.0.0.jar", "org.tensorflow.ndarray.NdArray", "org.tensorflow.ndarray."),
		new RequiredJar("tensorflow-core-api-1.1.0.jar", "org.tensorflow.SavedModelBundle", "org.tensorflow."),
		new RequiredJar("javacpp-1.5.10.jar (or 1.5.8-1.5.11)", "org.bytedeco.javacpp.Pointer", "org.bytedeco."),
		new RequiredJar("protobuf-java-4.32.0.jar (or 3.21.9 or newer, not 4.28)", "com.google.protobuf.Message",
			"com.google.protobuf."),
		new RequiredJar("imglib2-*.jar", "net.imglib2.img.Img", "net.imglib2."),
		new RequiredJar("gson-*.jar", "com.google.gson.Gson", "com.google.gson."));

	private Requirements() {}

	/** Null when everything is there, otherwise one message naming what is missing and where it belongs. */
	static String problem(ClassLoader loader) {
		List<String> missing = new ArrayList<>();
		for (RequiredJar j : JARS)
			if (!j.presentIn(loader)) missing.add(j.jar());
		Platform p = Platform.current();
		if (loader.getResource(p.jniResource()) == null)
			missing.add("tensorflow-core-native-1.1.0-" + p.name() + ".jar (TensorFlow's natives for this computer)");
		if (!missing.isEmpty())
			return (missing.size() == 1 ? "A jar the plugin needs is" : "Jars the plugin needs are") +
				" missing:\n  " + String.join("\n  ", missing) + "\n" + WHERE;
		String protobuf = protobufProblem(loader);
		return protobuf != null ? protobuf : tensorFlowProblem(loader);
	}

	/** TensorFlowCheck as seen from {@code loader} (loaded through it: the isolated loader has its own view). */
	private static String tensorFlowProblem(ClassLoader loader) {
		try {
			return (String) Class.forName("org.semanticinpaint.bundle.TensorFlowCheck", true, loader)
				.getMethod("problem").invoke(null);
		}
		catch (ReflectiveOperationException | LinkageError e) {
			return "The plugin could not check TensorFlow-Java (" + e + "). Reinstall it as its README describes.";
		}
	}

	/** The TensorFlow 1.x Java API (libtensorflow-1.15.0.jar): its Tensor is a class, TensorFlow-Java's an interface. */
	static boolean legacyTensorFlow(ClassLoader loader) {
		try {
			return !Class.forName("org.tensorflow.Tensor", false, loader).isInterface();
		}
		catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
	}

	/** protobuf-java 4.28 (Fiji 2.16, 2.17) lacks a method TensorFlow-Java 1.1.0 calls: no model would load. */
	static String protobufProblem(ClassLoader loader) {
		try {
			Class<?> v = Class.forName("com.google.protobuf.RuntimeVersion", true, loader);
			int major = field(v, "MAJOR"), minor = field(v, "MINOR");
			if (major != 4 || minor != 28) return null;
			return "The plugin cannot run with protobuf-java 4.28 (" + location(v) + "), which Fiji 2.16 " +
				"and 2.17 ship: TensorFlow-Java cannot load any model with it. Replace it with " +
				"protobuf-java-4.32.0.jar (the README's install command does), or update Fiji to 2.18 or newer.";
		}
		catch (ReflectiveOperationException | LinkageError e) {
			return null; // protobuf 3.x has no RuntimeVersion, and works
		}
	}

	/** One message for a class that failed to load after the check passed: which jar is missing or too old. */
	static String explain(LinkageError e) {
		String text = String.valueOf(e.getMessage()).replace('/', '.');
		for (RequiredJar j : JARS)
			if (text.contains(j.packagePrefix()))
				return "A jar the plugin needs is missing or of another version: " + j.jar() + " (" +
					e.getClass().getSimpleName() + ": " + e.getMessage() + ").\n" + WHERE;
		return "The plugin could not load one of its classes (" + e.getClass().getSimpleName() + ": " +
			e.getMessage() + "). Reinstall it as its README describes.";
	}

	private static int field(Class<?> c, String name) throws ReflectiveOperationException {
		Field f = c.getField(name);
		return f.getInt(null);
	}

	private static String location(Class<?> c) {
		CodeSource s = c.getProtectionDomain() == null ? null : c.getProtectionDomain().getCodeSource();
		return s == null || s.getLocation() == null ? "unknown jar" : s.getLocation().getPath();
	}
}
