package org.semanticinpaint.ij.entry;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, among all the jars ImageJ's class loader sees, the ones the plugin must load in isolation: its own, and
 * the right TensorFlow-Java, ndarray, JavaCPP and protobuf jars even when an older jar of the same package comes
 * first on the class path (libtensorflow-1.15.0.jar, protobuf-java-4.28.2.jar).
 */
final class EngineJars {

	/** The jars to isolate, each recognised by a class it holds and the start of its file name. */
	private static final String[][] ISOLATED = {
		{ "org/tensorflow/SavedModelBundle.class", "tensorflow-core-api-" },
		{ "org/tensorflow/internal/c_api/global/tensorflow.class", "tensorflow-core-native-" },
		{ "org/tensorflow/ndarray/NdArray.class", "ndarray-" },
		{ "org/bytedeco/javacpp/Pointer.class", "javacpp-" },
		{ "com/google/protobuf/Message.class", "protobuf-java-" } };

	private static final Pattern VERSION = Pattern.compile("-(\\d+)\\.(\\d+)\\.(\\d+)");

	private EngineJars() {}

	/** The plugin's own jar (or classes folder) and the engine's jars; null if one cannot be found as a file. */
	static List<URL> find(ClassLoader loader, Platform platform) {
		try {
			List<URL> out = new ArrayList<>();
			out.add(own());
			for (String[] jar : ISOLATED) {
				URL u = best(loader, jar[0], jar[1]);
				if (u == null) return null;
				out.add(u);
			}
			URL natives = best(loader, platform.jniResource(), "tensorflow-core-native-");
			if (natives == null) return null;
			out.add(natives);
			return out;
		}
		catch (IOException e) {
			return null;
		}
	}

	/** Of the jars holding {@code resource} whose name starts so, the newest one that works (protobuf: not 4.28). */
	private static URL best(ClassLoader loader, String resource, String prefix) throws IOException {
		URL best = null;
		int[] bestVersion = null;
		for (URL u : Collections.list(loader.getResources(resource))) {
			URL jar = container(u, resource);
			String file = jar.getPath().substring(jar.getPath().lastIndexOf('/', jar.getPath().length() - 2) + 1);
			if (!file.startsWith(prefix)) continue;
			int[] v = version(file);
			if (prefix.startsWith("protobuf") && v[0] == 4 && v[1] == 28) continue;
			if (best == null || compare(v, bestVersion) > 0) {
				best = jar;
				bestVersion = v;
			}
		}
		return best;
	}

	/** file:/x/y.jar for jar:file:/x/y.jar!/a/B.class; file:/x/classes/ for file:/x/classes/a/B.class. */
	static URL container(URL resourceUrl, String resource) throws MalformedURLException {
		String s = resourceUrl.toString();
		if (s.startsWith("jar:")) return new URL(s.substring(4, s.indexOf("!/")));
		return new URL(s.substring(0, s.length() - resource.length()));
	}

	private static URL own() throws MalformedURLException {
		CodeSource s = EngineJars.class.getProtectionDomain().getCodeSource();
		if (s == null || s.getLocation() == null) throw new MalformedURLException("no code source");
		return s.getLocation();
	}

	static int[] version(String file) {
		Matcher m = VERSION.matcher(file);
		if (!m.find()) return new int[3];
		return new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)) };
	}

	private static int compare(int[] a, int[] b) {
		for (int i = 0; i < 3; i++) if (a[i] != b[i]) return Integer.compare(a[i], b[i]);
		return 0;
	}
}
