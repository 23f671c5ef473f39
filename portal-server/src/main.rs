#![forbid(unsafe_code)]

fn main() {
    println!("portal-server: not yet serving");
}
