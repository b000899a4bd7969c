package org.semanticinpaint.ij.entry;

/** Runs one menu entry the way ImageJ does, in a JVM whose class path a test chose (see MissingJarTest). */
public final class EntryProbe {

	public static void main(String[] args) {
		new Launcher().run(args[0]);
		System.out.println("probe done");
	}
}
