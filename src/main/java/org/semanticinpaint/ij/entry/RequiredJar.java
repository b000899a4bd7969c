package org.semanticinpaint.ij.entry;

/**
 * A jar the plugin cannot run without, recognised by one class it contains and by the package its classes live
 * in (to name the jar when a class of that package fails to load later).
 *
 * @param jar the jar's file name as the user sees it in jars/ or plugins/jars/
 * @param probe a class only that jar provides
 * @param packagePrefix the package (with a trailing dot) whose classes come from that jar
 */
record RequiredJar(String jar, String probe, String packagePrefix) {

	boolean presentIn(ClassLoader loader) {
		try {
			// initialize = false: looking must not run any of the jar's code (TensorFlow would load its natives)
			Class.forName(probe, false, loader);
			return true;
		}
		catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
	}

	boolean owns(String className) {
		return className.startsWith(packagePrefix);
	}
}
