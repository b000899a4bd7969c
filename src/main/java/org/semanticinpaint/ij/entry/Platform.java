package org.semanticinpaint.ij.entry;

import java.util.Locale;

/**
 * The platform names TensorFlow-Java's native jars use (JavaCPP's: linux-x86_64, macosx-arm64, windows-x86_64),
 * so a missing natives jar can be named exactly.
 */
final class Platform {

	private final String os, arch;

	private Platform(String os, String arch) {
		this.os = os;
		this.arch = arch;
	}

	static Platform current() {
		return of(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
	}

	static Platform of(String osName, String osArch) {
		String n = osName.toLowerCase(Locale.ROOT);
		String os = n.startsWith("windows") ? "windows" : n.startsWith("mac") || n.startsWith("darwin") ? "macosx" :
			"linux";
		String a = osArch.toLowerCase(Locale.ROOT);
		String arch = a.equals("amd64") || a.equals("x86_64") || a.equals("x86-64") ? "x86_64" :
			a.equals("aarch64") || a.equals("arm64") ? "arm64" : a;
		return new Platform(os, arch);
	}

	/** e.g. linux-x86_64, the classifier of the natives jar. */
	String name() {
		return os + "-" + arch;
	}

	/** The JNI library inside the natives jar: its presence proves the jar of this platform is there. */
	String jniResource() {
		String lib = switch (os) {
			case "windows" -> "jnitensorflow.dll";
			case "macosx" -> "libjnitensorflow.dylib";
			default -> "libjnitensorflow.so";
		};
		return "org/tensorflow/internal/c_api/" + name() + "/" + lib;
	}
}
