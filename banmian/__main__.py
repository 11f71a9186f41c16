from banmian.cli import main

main()
