package dev.jpy.cli;

public final class Main {
    public static void main(String[] args) {
        System.out.println("jpy");
    }
}
