package org.semanticinpaint.ij.entry;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

/**
 * Loads the plugin and TensorFlow-Java, ndarray, JavaCPP and protobuf from its own jars before asking ImageJ's
 * class loader (as JDLL isolates its engines), so that jars other plugins put in Fiji's jars/ cannot shadow them:
 * the old libtensorflow-1.15.0.jar shares the package org.tensorflow, and Fiji 2.16/2.17's protobuf-java 4.28.2
 * lacks a method TensorFlow-Java 1.1.0 calls. ImageJ itself and the JDK always come from the parent, so images and
 * PlugIn objects pass between the two; so does the Launcher, which created this loader.
 */
final class ChildFirstLoader extends URLClassLoader {

	private static final String[] PARENT_FIRST = { "java.", "javax.", "jdk.", "sun.", "com.sun.", "ij.",
		"org.semanticinpaint.ij.entry." };

	static {
		registerAsParallelCapable();
	}

	ChildFirstLoader(List<URL> jars, ClassLoader parent) {
		super(jars.toArray(new URL[0]), parent);
	}

	@Override
	protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
		if (parentFirst(name)) return super.loadClass(name, resolve);
		synchronized (getClassLoadingLock(name)) {
			Class<?> c = findLoadedClass(name);
			if (c == null) {
				try {
					c = findClass(name);
				}
				catch (ClassNotFoundException e) {
					c = getParent().loadClass(name); // imglib2, Gson, ...: whatever ImageJ has
				}
			}
			if (resolve) resolveClass(c);
			return c;
		}
	}

	/** Own jars first here too: JavaCPP finds TensorFlow's native libraries as resources of its classes. */
	@Override
	public URL getResource(String name) {
		URL u = findResource(name);
		return u != null ? u : getParent().getResource(name);
	}

	@Override
	public Enumeration<URL> getResources(String name) throws IOException {
		List<URL> all = new ArrayList<>(Collections.list(findResources(name)));
		all.addAll(Collections.list(getParent().getResources(name)));
		return Collections.enumeration(all);
	}

	private static boolean parentFirst(String name) {
		for (String p : PARENT_FIRST) if (name.startsWith(p)) return true;
		return false;
	}
}
