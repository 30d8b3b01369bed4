package dev.jpy.cli;

import picocli.CommandLine;

/** {@code jpy --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"jpy " + (v == null ? "dev" : v) + " (CPython 3.13 bytecode, magic 3571)"};
    }
}
